kubectl set env pod/first-pod MODE=debug
