print("sujarit-store-torture: work in progress")
