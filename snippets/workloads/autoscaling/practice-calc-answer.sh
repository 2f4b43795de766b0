printf '8\n6\n' > answer.txt
