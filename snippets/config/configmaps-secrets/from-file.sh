mkdir -p app-conf
cat > app-conf/app.properties <<'EOF'
mode=production
cache.size=256
EOF
printf 'color=blue\ntheme=dark\n' > app-conf/ui.properties

kubectl create configmap app-files \
  --from-file=app-conf/app.properties \
  --from-file=ui=app-conf/ui.properties
kubectl create configmap app-dir --from-file=app-conf/
