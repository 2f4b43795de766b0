sudo tail -n 1 /var/log/kubernetes/audit/audit.log | jq .
# who deleted Secrets, and when
sudo jq -c 'select(.objectRef.resource=="secrets" and .verb=="delete")
  | {user: .user.username, ns: .objectRef.namespace, name: .objectRef.name, time: .stageTimestamp}' \
  /var/log/kubernetes/audit/audit.log
