"""tf.matmul, tf.square and tf.reduce_sum (axis, keepdims) on a 2x3 tensor."""
import tensorflow as tf

X = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # shape (2, 3)
W = tf.ones((3, 1))

print(tf.matmul(X, W).numpy().tolist())  # (1)!
print(tf.square(X).numpy().tolist())  # element by element
print(tf.reduce_sum(X).numpy())  # everything
print(tf.reduce_sum(X, axis=0).numpy())  # shape (3,): one sum per column
print(tf.reduce_sum(X, axis=1).numpy())  # shape (2,): one sum per row
print(tf.reduce_sum(X, axis=1, keepdims=True).shape)  # (2)!
