$ etcdctl get "/registry/secrets/$(kubectl config view --minify -o jsonpath='{..namespace}')/app-credentials" --print-value-only | head -c 16 | hexdump -C
00000000  6b 38 73 00 0a 0c 0a 02  76 31 12 06 53 65 63 72  |k8s.....v1..Secr|
00000010
$ etcdctl get "/registry/secrets/$(kubectl config view --minify -o jsonpath='{..namespace}')/app-credentials" --print-value-only | grep -a -o 'S3cr3t-Pa55'
S3cr3t-Pa55
