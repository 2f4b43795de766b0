echo 'kubectl logs report -c fetch --previous' > answer.txt
