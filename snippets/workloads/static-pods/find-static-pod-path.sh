# shellcheck disable=SC2009
ps aux | grep kubelet
pgrep -a kubelet
grep staticPodPath /var/lib/kubelet/config.yaml
