$ kubectl logs deployment/web --all-pods --all-containers --tail=20 > all.log
$ grep -oE '^\[pod/web-[^/]+/(nginx|log-agent)\]' all.log | sort -u
[pod/web-76b5456956-ftbnq/log-agent]
[pod/web-76b5456956-ftbnq/nginx]
[pod/web-76b5456956-k2vww/log-agent]
[pod/web-76b5456956-k2vww/nginx]
$ kubectl logs deployment/web -c log-agent --previous > agent-crash.log
Found 2 pods, using pod/web-76b5456956-ftbnq
$ cat agent-crash.log
log-agent: cannot open /etc/agent/agent.conf
