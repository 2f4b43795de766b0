cat > app.env <<'EOF'
# settings for the shop frontend
SHOP_MODE=production
SHOP_CURRENCY=EUR
SHOP_GREETING="Welcome"
EOF

kubectl create configmap app-env --from-env-file=app.env
