kubectl run no-team --image=nginx:1.27
