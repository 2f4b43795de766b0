kubectl delete deployment plain-web
