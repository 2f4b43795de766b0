kubectl patch pod web --patch \
  '{"spec":{"containers":[{"name":"web","resources":{"limits":{"cpu":"80m"}}}]}}'
