"""Broadcasting: axes of length 1 (or missing on the left) are stretched to match."""
import tensorflow as tf

X = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # shape (2, 3)
print((X + tf.constant([10.0, 20.0, 30.0])).numpy())  # (1)!
col = tf.constant([[1.0], [2.0]])  # shape (2, 1)
row = tf.constant([[10.0, 20.0, 30.0]])  # shape (1, 3)
print((col * row).shape)  # (2, 1) * (1, 3) -> (2, 3)

row_sums = tf.reduce_sum(X, axis=1, keepdims=True)  # shape (2, 1)
print((X / row_sums).numpy().round(4))  # each row now adds up to 1
