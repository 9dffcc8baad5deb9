def get_transform(vars, context):
    return {"shout": vars["name"].upper() + "!"}
