kubectl create configmap audit-probe -n payments --from-literal=k=v
sudo grep audit-probe /var/log/kubernetes/audit/audit.log | jq -r '.level' | sort -u
