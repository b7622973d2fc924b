"""adapt() learns the vocabulary from data: most frequent first."""
from tensorflow.keras.layers import StringLookup

data = [["a", "c", "d"], ["d", "z", "b"]]
layer = StringLookup()
layer.adapt(data)
print(layer.get_vocabulary())

words = ["cat", "dog", "cat", "fish", "dog", "cat", "bird"]  # cat 3, dog 2, fish 1, bird 1
layer.adapt(words)  # a second adapt replaces the vocabulary
print(layer.get_vocabulary())
print(layer([["cat", "bird", "a"]]).numpy())  # "a" is unknown now
