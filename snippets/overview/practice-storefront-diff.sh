kubectl diff -f storefront.yaml
