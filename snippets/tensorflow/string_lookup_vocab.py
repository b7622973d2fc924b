"""StringLookup with a given vocabulary: index = position in the vocabulary + 1, unknown -> 0."""
from tensorflow.keras.layers import StringLookup

vocab = ["a", "b", "c", "d"]
data = [["a", "c", "d"], ["d", "z", "b"]]
layer = StringLookup(vocabulary=vocab)
print(layer(data))
print(layer.get_vocabulary())  # index 0 is the OOV token
