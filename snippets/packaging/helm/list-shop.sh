helm list
helm status shop
