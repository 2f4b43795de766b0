$ kubectl describe pod consumer | grep -A2 'Last State'
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
$ kubectl logs consumer --previous
QUEUE_URL is not set
