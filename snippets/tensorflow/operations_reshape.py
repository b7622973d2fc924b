"""tf.reshape (with -1) and tf.transpose (all axes reversed, or a chosen perm)."""
import tensorflow as tf

X = tf.range(6)  # [0 1 2 3 4 5], shape (6,)
print(tf.reshape(X, (2, 3)).numpy())  # row by row
print(tf.reshape(X, (3, -1)).shape)  # -1: "whatever length fits", here 2
print(tf.transpose(tf.reshape(X, (2, 3))).numpy())  # rows become columns

batch = tf.zeros((8, 2, 3))  # 8 matrices of shape (2, 3)
print(tf.transpose(batch).shape)  # (1)!
print(tf.transpose(batch, perm=[0, 2, 1]).shape)  # (2)!
