# Exit code 0: nothing would change; 1: differences were printed; above 1: an error.
kubectl diff -k overlays/dev || [ "$?" -eq 1 ]
