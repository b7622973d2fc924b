"""tf.matmul needs inner dimensions that agree: the error, two fixes, and batches of matrices."""
import tensorflow as tf

X = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # shape (2, 3)
W = tf.constant([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])  # shape (2, 3) as well

try:
    tf.matmul(X, W)  # (2, 3) @ (2, 3): 3 != 2
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0].split("}} ")[-1])  # drop the device prefix
print(tf.matmul(X, W, transpose_b=True).numpy())  # (2, 3) @ (3, 2) -> (2, 2)
print(tf.matmul(X, tf.transpose(W)).numpy())  # the same product
print((X @ tf.ones((3, 1))).numpy().ravel())  # @ is tf.matmul
print(tf.matmul(tf.ones((8, 2, 3)), tf.ones((3, 4))).shape)  # (1)!
