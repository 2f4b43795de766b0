kubectl set selector service checkout app=checkout,version=green
