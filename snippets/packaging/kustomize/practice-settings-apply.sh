kubectl apply -k practice/settings
