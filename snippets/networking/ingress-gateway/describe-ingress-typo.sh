$ kubectl describe ingress shop-typo
Name:             shop-typo
Labels:           <none>
Namespace:        default
Address:
Ingress Class:    nginx
Default backend:  <default>
Rules:
  Host              Path  Backends
  ----              ----  --------
  shop.example.com
                    /   shopp:80 (<error: services "shopp" not found>)
Annotations:        <none>
Events:             <none>
