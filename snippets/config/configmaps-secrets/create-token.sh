kubectl create token SERVICE_ACCOUNT_NAME --duration=1h
