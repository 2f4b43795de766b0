sudo crictl pods    # one line per pod sandbox
sudo crictl ps      # application containers, with their POD ID
