kubectl get componentstatuses   # prints "Warning: v1 ComponentStatus is deprecated in v1.19+"
