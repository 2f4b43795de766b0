$ kubectl set image deployment/web web=nginx:1.27
error: unable to find container named "web"
