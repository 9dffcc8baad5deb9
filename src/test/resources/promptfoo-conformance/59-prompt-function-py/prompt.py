def make_prompt(context):
    return "Hi " + context["vars"]["name"] + " from " + context["provider"]["id"] + ". ANSWER: " + context["vars"]["shout"]


def make_chat(context):
    return [
        {"role": "system", "content": "Short answers"},
        {"role": "user", "content": "Chat {{ name }}. ANSWER: py " + context["vars"]["name"]},
    ]
