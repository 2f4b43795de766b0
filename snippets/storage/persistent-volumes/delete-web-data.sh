kubectl delete pvc web-data --wait=false  # returns at once instead of waiting
