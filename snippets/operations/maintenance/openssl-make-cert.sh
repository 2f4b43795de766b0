openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=demo-apiserver" \
  -keyout demo.key -out demo.crt
openssl x509 -noout -subject -startdate -enddate -in demo.crt
