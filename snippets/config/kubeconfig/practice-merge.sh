cat <<'EOF' >> ~/.bashrc
KUBECONFIG="$HOME/.kube/config"
for f in "$HOME"/.kube/clusters/*; do KUBECONFIG="$KUBECONFIG:$f"; done
export KUBECONFIG
EOF
