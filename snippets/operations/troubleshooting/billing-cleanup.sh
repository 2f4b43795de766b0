kubectl delete quota team-quota
