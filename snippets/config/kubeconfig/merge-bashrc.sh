cat <<'EOF' >> ~/.bashrc
export KUBECONFIG="$HOME/.kube/config:$HOME/.kube/jane.kubeconfig"
EOF
