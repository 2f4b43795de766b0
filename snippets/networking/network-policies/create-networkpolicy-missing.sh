kubectl create networkpolicy api-allow-frontend
