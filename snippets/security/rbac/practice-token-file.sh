kubectl create token ci-deployer --duration=2h --audience=https://ci.example.com > ci-token.txt
cat > review.yaml <<EOF
apiVersion: authentication.k8s.io/v1
kind: TokenReview
spec:
  token: $(cat ci-token.txt)
  audiences: ["https://ci.example.com"]
EOF
