kubectl autoscale deployment shop --cpu=50% --min=2 --max=10
