"""num_oov_indices and mask_token: where unknown strings and padding go."""
import tensorflow as tf
from tensorflow.keras.layers import StringLookup

vocab = ["a", "b", "c", "d"]
try:
    StringLookup(vocabulary=["a", "b", "a"])  # a given vocabulary must not repeat
except ValueError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])

two_oov = StringLookup(vocabulary=vocab, num_oov_indices=2)
print(two_oov.get_vocabulary())  # two OOV slots, so "a" is now 2
print(two_oov([["a", "d", "z", "zz", "yy"]]).numpy())  # (1)!

no_oov = StringLookup(vocabulary=vocab, num_oov_indices=0)
print(no_oov([["a", "d"]]).numpy())  # fine while every string is known ...
try:
    no_oov([["a", "z"]])
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])  # ... an unknown one is an error
    print(str(e).split("Summarized data: b'")[1].split("'")[0])  # the reason, further down

masked = StringLookup(vocabulary=vocab, mask_token="")
print(masked.get_vocabulary())  # the mask token takes index 0, OOV moves to 1
print(masked([["b", "z", "", ""]]).numpy())  # padding "" -> 0
