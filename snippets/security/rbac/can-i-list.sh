kubectl auth can-i --list --as=alice
kubectl auth whoami --as=alice --as-group=developers
