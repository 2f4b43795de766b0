$ kubectl auth can-i get pods/web --subresource=log --as=logan
yes
$ echo "other pods: $(kubectl auth can-i get pods --subresource=log --as=logan)"
other pods: no
