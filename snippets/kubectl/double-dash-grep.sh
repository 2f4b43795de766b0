printf '%s\n' 'keep this' '-v marks verbose' 'a -- b' > sample.txt
grep -- -v sample.txt
grep -e -v sample.txt
grep -- -- sample.txt
