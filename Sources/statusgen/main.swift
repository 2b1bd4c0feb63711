print("statusgen")
