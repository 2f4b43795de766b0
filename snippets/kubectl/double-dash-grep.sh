printf '%s\n' 'keep this' '-v marks verbose' > sample.txt
grep -- -v sample.txt
grep -e -v sample.txt
