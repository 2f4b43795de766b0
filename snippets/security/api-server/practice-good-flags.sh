cat > apiserver-flags.txt <<'EOF'
- --authorization-mode=Node,RBAC
- --enable-admission-plugins=NodeRestriction,AlwaysPullImages
- --profiling=false
EOF
