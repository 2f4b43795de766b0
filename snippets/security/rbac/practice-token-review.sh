$ kubectl create -f review.yaml -o jsonpath='{.status.authenticated} {.status.user.username} {.status.audiences}'
true system:serviceaccount:default:ci-deployer ["https://ci.example.com"]
