echo Node > authorizer.txt
