"""TensorFlow: tf.matmul, tf.square, tf.reduce_sum(axis, keepdims) and tf.reduce_mean on one 2x3 matrix."""
import tensorflow as tf

X_tf = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # shape (2, 3)
W_tf = tf.constant([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])  # shape (3, 2)

mm_tf = tf.matmul(X_tf, W_tf)  # (2, 3) @ (3, 2) -> (2, 2)
pow_tf = tf.square(X_tf)  # element by element
sum_tf = tf.reduce_sum(X_tf, axis=1, keepdims=True)  # row sums, shape (2, 1)
mean_tf = tf.reduce_mean(X_tf, axis=0)  # column means, shape (3,)
print(mm_tf.shape, pow_tf.shape, sum_tf.shape, mean_tf.shape)
