kubectl create ingress blog --class=nginx --rule="blog.example.com/*=blog:80"
kubectl get ingress blog -o jsonpath='{.spec.rules[0].http.paths[0].path} {.spec.rules[0].http.paths[0].pathType}{"\n"}'
