kubectl delete csr study-alice study-alice-server
